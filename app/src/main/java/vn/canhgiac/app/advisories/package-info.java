/**
 * Advisories: official warning documents drafted, reviewed and published by two people,
 * delivered in the portal and by e-mail to an audience resolved to people, acknowledged
 * ("Tôi đã đọc và hiểu") and quizzed one record per person, with reminders, escalation,
 * compliance dashboards, public Atom/CAP output and official feeds coming in.
 */
@NullMarked
package vn.canhgiac.app.advisories;

import org.jspecify.annotations.NullMarked;
