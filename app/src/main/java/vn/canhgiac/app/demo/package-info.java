/**
 * Demo data: a fictional province with communes, agencies, staff, police stations and the
 * demo accounts, loaded only in demo mode into an empty database.
 */
@NullMarked
package vn.canhgiac.app.demo;

import org.jspecify.annotations.NullMarked;
