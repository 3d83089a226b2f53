/**
 * Accounts: login, Argon2id password hashes, roles, and the security rules of the portal.
 */
@NullMarked
package vn.canhgiac.app.accounts;

import org.jspecify.annotations.NullMarked;
