/**
 * Speed and behaviour of the portal's account security: the password strength estimate at
 * its length cap, Vietnamese weak passwords, the common-password list, and login timing
 * for unknown users against wrong passwords.
 */
package vn.canhgiac.bench.accounts;
