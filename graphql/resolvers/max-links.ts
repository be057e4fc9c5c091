/** Most items a bounded plain list lists (Event.quotes, Event.reports, Quote.events); the cost limit counts them at this size. */
export const MAX_LINKS = 50;
