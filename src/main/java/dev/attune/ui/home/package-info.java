/** Home: Before, During, After, History and Settings as five big buttons. */
package dev.attune.ui.home;
