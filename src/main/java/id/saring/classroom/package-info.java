/** Classes: who teaches them, who is in them, and how students join. */
package id.saring.classroom;
