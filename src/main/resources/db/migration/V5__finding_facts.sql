-- The facts a finding's message is worded from (rule placeholders to values, JSON), so the portal can word a
-- stored finding again in the reader's language. Rows stored before this column have none and stay in English.
ALTER TABLE finding ADD COLUMN facts VARCHAR(8000);
