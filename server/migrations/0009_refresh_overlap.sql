-- A rotated refresh token remembers the pair that replaced it, and an access token when it
-- was first used: together they tell a lost rotation answer (the client never saw the new
-- pair) from a stolen token being replayed. See rotateRefreshToken.
ALTER TABLE access_tokens ADD COLUMN first_used_at INTEGER;
ALTER TABLE refresh_tokens ADD COLUMN successor_refresh_hash TEXT;
ALTER TABLE refresh_tokens ADD COLUMN successor_access_hash TEXT;
