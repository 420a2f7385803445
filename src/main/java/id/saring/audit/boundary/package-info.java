/** Recording an action in the same transaction as the action itself, and reading the trail. */
package id.saring.audit.boundary;
