/** SQL of the accounts. Internal. */
package org.iccindex.account.persistence;
