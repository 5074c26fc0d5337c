import type { City } from '../entities/city.entity.js';
import type { CityType } from './city.types.js';

/** The columns a CityType shows (a list may read only these). */
export type CityTypeSource = Pick<
  City,
  'id' | 'name' | 'population' | 'latitude' | 'longitude' | 'countryCode' | 'originalLanguage'
>;

export function toCityType(city: CityTypeSource): CityType {
  return {
    id: city.id,
    localName: city.name,
    population: city.population,
    latitude: city.latitude,
    longitude: city.longitude,
    countryCode: city.countryCode,
    originalLanguage: city.originalLanguage,
  };
}
