/** Xu hướng: any indicator over periods, several provinces overlaid, one grain and accumulation per axis. */
package vn.cchc.ui.trends;
