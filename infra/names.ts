// Construct ids from the names the rest of the project uses (operationIds, handler exports).
export const constructIdOf = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
