"""The window's side of Outlook, Word and files: attachments, e-mail import, calendar, Serienbrief, Word template."""
