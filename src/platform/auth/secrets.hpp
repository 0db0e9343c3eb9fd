// Secrets: password hashes, random tokens and digests, all from libsodium.
//
// Passwords are hashed with Argon2id at libsodium's "interactive" limits (about 64 MiB and tens
// of milliseconds per hash): slow enough to make a stolen table expensive to crack, fast enough
// for a sign-in. Session ids and API tokens are 256-bit random values; what the database keeps
// is their SHA-256, so a copy of the database cannot be used to sign in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pao::auth {

// Initialises libsodium (idempotent, thread-safe). Throws std::runtime_error if it cannot.
void init_crypto();

// An Argon2id hash in libsodium's self-describing string form ("$argon2id$v=19$m=…").
std::string hash_password(std::string_view password);
// True when `password` matches `stored_hash`. Constant-time in the password's content.
bool verify_password(std::string_view password, const std::string& stored_hash);
// True when `stored_hash` was made with weaker limits than today's (rehash on next sign-in).
bool password_needs_rehash(const std::string& stored_hash);

// `bytes` random bytes, URL-safe base64 without padding (32 bytes → 43 characters).
std::string random_token(std::size_t bytes = 32);
// A password a person can type: 16 characters from an unambiguous alphabet (about 90 bits).
std::string random_password();

// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

// Compares two secrets in time independent of where they differ. False when sizes differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace pao::auth
