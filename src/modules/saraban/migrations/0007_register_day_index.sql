-- The register filtered by a date range (a month of a year): counted and listed from an index of
-- (register, year, day) instead of reading every letter of the year (ADR 0009, benchmark).
DROP INDEX saraban_letter_day;
CREATE INDEX saraban_letter_year_day ON saraban_letter (register_code, year, registered_on);
