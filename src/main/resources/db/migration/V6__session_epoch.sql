-- A counter that a password reset or an account deletion raises: sessions started before it end.
ALTER TABLE app_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
-- Mail sent per recipient recently, for the limit on verification and reset mails.
CREATE INDEX ix_mail_message_recipient ON mail_message (recipient, created_at);
