-- Signing in with a school's accounts, pinned to one person at the provider: the first successful
-- sign-in stores the provider's issuer and its stable id for the person (the ID token's "sub").
-- Later sign-ins must name the same person, so an address the school reassigns at Google or
-- Microsoft (a leaver's address given to a newcomer) cannot take the account over. An administrator
-- clears the pin (audited) when the school really gave the account to another person.
alter table account add column sign_in_issuer varchar(255);
alter table account add column sign_in_subject varchar(255);
