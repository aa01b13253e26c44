"""The calendars a date in Arabic news is written in: Gregorian (CLDR month systems) and Hijri."""
