/**
 * E-mail (.eml) reading with explicit limits and the sender, authentication and link
 * checks of a phishing triage.
 */
@NullMarked
package vn.canhgiac.engine.mail;

import org.jspecify.annotations.NullMarked;
