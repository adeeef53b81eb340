package org.moisson.web;

import java.util.List;

/**
 * Named areas the map search offers to pick: France's regions (metropolitan and overseas) and a few
 * seas and polar areas the platform's data often covers. Boxes are W,S,E,N in degrees, rounded out.
 */
final class MapRegions {
  private MapRegions() {}

  /** A named area; bbox is the value of the search's bbox parameter. */
  public record Region(String nameFr, String nameEn, String bbox) {
    public String name(String lang) {
      return "fr".equals(lang) ? nameFr : nameEn;
    }
  }

  static final List<Region> ALL = List.of(
      new Region("France métropolitaine", "Metropolitan France", "-5.2,41.3,9.6,51.1"),
      new Region("Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", "2.06,44.11,7.19,46.81"),
      new Region("Bourgogne-Franche-Comté", "Bourgogne-Franche-Comté", "2.85,46.15,7.15,48.4"),
      new Region("Bretagne", "Brittany", "-5.15,47.27,-1.01,48.9"),
      new Region("Centre-Val de Loire", "Centre-Val de Loire", "0.05,46.35,3.13,48.94"),
      new Region("Corse", "Corsica", "8.53,41.33,9.57,43.03"),
      new Region("Grand Est", "Grand Est", "3.38,47.42,8.24,50.17"),
      new Region("Hauts-de-France", "Hauts-de-France", "1.38,48.83,4.26,51.09"),
      new Region("Île-de-France", "Île-de-France", "1.44,48.12,3.56,49.24"),
      new Region("Normandie", "Normandy", "-1.95,48.18,1.8,50.07"),
      new Region("Nouvelle-Aquitaine", "Nouvelle-Aquitaine", "-1.79,42.78,2.61,47.18"),
      new Region("Occitanie", "Occitanie", "-0.33,42.33,4.85,45.05"),
      new Region("Pays de la Loire", "Pays de la Loire", "-2.63,46.27,0.92,48.57"),
      new Region("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", "4.23,42.98,7.72,45.13"),
      new Region("Guadeloupe", "Guadeloupe", "-61.81,15.83,-61,16.52"),
      new Region("Martinique", "Martinique", "-61.23,14.39,-60.81,14.88"),
      new Region("Guyane", "French Guiana", "-54.6,2.11,-51.62,5.75"),
      new Region("La Réunion", "Réunion", "55.21,-21.39,55.84,-20.87"),
      new Region("Mayotte", "Mayotte", "44.98,-13,45.3,-12.63"),
      new Region("Nouvelle-Calédonie", "New Caledonia", "163.5,-22.7,168.2,-19.5"),
      new Region("Polynésie française", "French Polynesia", "-154.8,-27.7,-134.4,-7.8"),
      new Region("Mer Méditerranée", "Mediterranean Sea", "-6,30,36.5,46"),
      new Region("Golfe de Gascogne", "Bay of Biscay", "-10,43.3,-1.2,48.5"),
      new Region("Atlantique Nord", "North Atlantic", "-80,20,0,66"),
      new Region("Terre Adélie", "Adélie Land", "136,-90,142,-66"),
      new Region("Antarctique", "Antarctica", "-180,-90,180,-60"));
}
