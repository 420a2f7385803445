/** Teachers' pages: their classes, and the modules' lesson plans (which administrators read too). */
package id.saring.view.teach;
