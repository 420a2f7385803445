/** Teachers' pages: their classes. */
package id.saring.view.teach;
