/** The synthetic cards' ids, apart from the catalogue so that Node-side bench code can name them without loading the app. */
export const cardId = (i: number): string => `bench-${String(i).padStart(4, '0')}`;
