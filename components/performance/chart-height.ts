/** Charts follow the screen height: ~260 px on a 1366x768 laptop, ~370 px on a 1080p projector. */
export const PERFORMANCE_CHART_HEIGHT = 'clamp(250px, 34vh, 430px)';
