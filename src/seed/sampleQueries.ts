/** Whether the database holds no node at all: the sample data is loaded only into an empty one. */
export const databaseIsEmptyCypher = 'MATCH (n) RETURN count(n) = 0 AS empty LIMIT 1';
