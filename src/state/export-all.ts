/**
 * One file with everything on this device: firms, assessments (with what could not be saved: the
 * open assessment as it is on screen and every journal's newer entries), cases, workshops and
 * drafts, and unreadable records verbatim. The code comes when the button is pressed.
 */
export async function exportAllData() {
  const [{ exportWithUnsaved }, { useAssessmentStore }] = await Promise.all([
    import('./journal'),
    import('./assessment-store'),
  ]);
  await exportWithUnsaved(useAssessmentStore.getState().current);
}
