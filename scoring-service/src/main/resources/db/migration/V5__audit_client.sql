-- Every audit record names the client the caller's token was issued to (a partner system, the console, the
-- CLI), beside the user: refused attempts in particular are traced to user and client.
ALTER TABLE audit_record ADD COLUMN client_id varchar(120);
