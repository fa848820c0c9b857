"""Views rendered for people: plain text and Markdown, iCalendar, feed lines, and chat cards."""
