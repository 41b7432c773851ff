declare module 'virtual:map' {
  export const geometry: import('./geometry').MapGeometry;
}
