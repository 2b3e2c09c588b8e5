// PLACEHOLDER: the store issue starts a redis-server on a free loopback port here when REDIS_URL is unset.
export default async function globalSetup(): Promise<void> {}
