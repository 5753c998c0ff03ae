/** The greeter plugin's own module, imported by a relative path. */
export const greeting = (name: string) => `Hello, ${name}!`;

export const isBlocked = (name: string) => name.toLowerCase() === "mallory";
