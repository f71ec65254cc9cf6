-- A deleted account's registrations for events that already took place stay, without the person
-- (user_id NULL, no organisation, no answers): the attendance and the mix of sectors of a past event
-- do not change when someone leaves the portal. Registrations for events to come are deleted, and
-- their seats go to the next in line.
ALTER TABLE event_registration DROP FOREIGN KEY fk_event_registration_user;
ALTER TABLE event_registration MODIFY user_id BIGINT NULL;
ALTER TABLE event_registration ADD COLUMN anonymised_at DATETIME(6);
ALTER TABLE event_registration
  ADD CONSTRAINT fk_event_registration_user FOREIGN KEY (user_id) REFERENCES app_user (id)
    ON DELETE SET NULL;
