import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Services } from '../app/services';

export const ServicesContext = createContext<Services | undefined>(undefined);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}
