-- A table the migration test reopens the store on.
CREATE TABLE things (
  id integer PRIMARY KEY,
  name text NOT NULL
);
