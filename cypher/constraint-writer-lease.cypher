CREATE CONSTRAINT writer_lease_name IF NOT EXISTS FOR (n:WriterLease) REQUIRE n.name IS UNIQUE
