/** What pages and the security runtime call: account use cases, the identity store, start-up. */
package id.saring.identity.boundary;
