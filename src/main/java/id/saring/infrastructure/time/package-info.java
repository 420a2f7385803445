/** The school's clock: the time zone dates are typed, shown and counted in. */
package id.saring.infrastructure.time;
