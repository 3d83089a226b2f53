/**
 * Speed of the advisories module at scale: publication to 10,000 people and the
 * compliance dashboard over the whole unit tree, with the portal's own SQL.
 */
package vn.canhgiac.bench.advisories;
