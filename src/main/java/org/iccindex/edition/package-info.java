/**
 * The editions this installation knows: every definition file under {@code classpath:definitions/}, validated at
 * start-up (the application refuses to start on an invalid one) and registered in the database.
 */
package org.iccindex.edition;
