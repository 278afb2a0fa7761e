-- One account per e-mail address (POST /v1/accounts answers 409 for a second one), compared without case.
CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));
