// The calendar's square size and gap, shared by its server part and its client squares.
export const CELL = 11;
export const GAP = 2;
