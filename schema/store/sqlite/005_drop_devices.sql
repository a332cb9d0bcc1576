-- Devices live in the profile document (ext.devices); a device's binding to one profile is the identity
-- (kind registrationId). The child table of 002 was never written by the service.
DROP TABLE IF EXISTS devices;
