-- Evidence file names without control or format characters (issue 12, item 17). A stored name
-- with U+202E (right-to-left override) read "x<U+202E>gnp.pdf" as "xfdp.png". New names are
-- cleaned by lib/validation/file-name.ts; this cleans the names stored before, and the CHECK
-- keeps any other writer from storing them again. The class is Unicode's Cc, Cf, Zl and Zp
-- (Unicode 15.1, as Node's \p{…} has them; NUL cannot be in a text value anyway).

UPDATE "attachment"
SET "fileName" = COALESCE(NULLIF(btrim(regexp_replace("fileName", '[\u0001-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890-\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]', '', 'g')), ''), 'file')
WHERE "fileName" ~ '[\u0001-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890-\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]';

ALTER TABLE "attachment" ADD CONSTRAINT "attachment_file_name_check"
  CHECK ("fileName" <> '' AND "fileName" !~ '[\u0001-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890-\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]');
