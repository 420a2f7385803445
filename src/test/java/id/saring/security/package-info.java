/** Attacks from outside: hostile text typed or uploaded anywhere, and proof that none of it runs. */
package id.saring.security;
