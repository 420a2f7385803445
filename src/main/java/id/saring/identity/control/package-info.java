/** Plain rules about accounts: username and password rules, hashing, throttling. */
package id.saring.identity.control;
