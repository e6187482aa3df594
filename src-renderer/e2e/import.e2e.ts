import { readFileSync } from 'node:fs';
import { expect, openApp, screenshot, test } from './fixtures';

// A French export as Excel writes it: a title line, semicolons, one row with a broken email.
const csv = [
  'Export salon dentaire 2025',
  'Société;Prénom;Nom;E-mail;Téléphone;Ville;Notiz',
  'Cabinet Dupont;Claire;Dupont;claire@cabinet-dupont.fr;+33 1 42 68 53 00;Paris;rappeler lundi',
  'Sourire Lyon;Marc;Petit;marc@sourire-lyon.fr;+33 4 78 42 10 10;Lyon;',
  'Dents & Co;Julie;Martin;pas-un-email;;Nice;',
  'Cabinet Dupont;Claire;Dupont;CLAIRE@cabinet-dupont.fr;;Paris;doublon',
].join('\r\n');

test('drop a CSV on the Leads page, adjust a mapping, import, see the leads, download the error report', async ({ page, app }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, app, '/leads');

  // Drag a file over the window: the drop overlay shows on any page; dropping opens the wizard.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'salon-dentaire.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await screenshot(page, 'import-1-drop-overlay');
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  const wizard = page.getByRole('dialog');
  await expect(wizard.getByTestId('preview-table')).toBeVisible();
  await expect(wizard.getByText('Skipped 1 line above the header row.')).toBeVisible();
  await expect(wizard.getByTestId('preview-table').getByText('claire@cabinet-dupont.fr', { exact: true })).toBeVisible();
  await screenshot(page, 'import-2-preview');

  await wizard.getByRole('button', { name: 'Next' }).click();
  const notes = wizard.getByRole('combobox', { name: 'Field for Notiz' });
  await expect(notes).toHaveValue('Keep in custom fields');
  await notes.click();
  await page.getByRole('option', { name: 'Notes', exact: true }).click();
  await expect(notes).toHaveValue('Notes');
  await expect(wizard.getByRole('combobox', { name: 'Field for Prénom' })).toHaveValue('First name (joined into contact)');
  await screenshot(page, 'import-3-mapping');

  await wizard.getByRole('button', { name: 'Next' }).click();
  // No industry column and no default yet: the import is blocked, not failed row by row.
  await expect(wizard.getByTestId('missing-fields')).toContainText('an industry');
  await expect(wizard.getByTestId('start-import')).toBeDisabled();
  await wizard.getByLabel('Industry').fill('Dentists');
  await wizard.getByLabel('Fill empty fields of the existing lead').check();
  await expect(wizard.getByTestId('start-import')).toBeEnabled();
  await screenshot(page, 'import-4-options');
  await wizard.getByTestId('start-import').click();

  await expect(wizard.getByTestId('import-summary')).toBeVisible();
  await expect(wizard.getByTestId('summary-imported')).toHaveText('2');
  await expect(wizard.getByTestId('summary-duplicates')).toHaveText('1');
  await expect(wizard.getByTestId('summary-failed')).toHaveText('1');
  await screenshot(page, 'import-5-summary');

  const downloadPromise = page.waitForEvent('download');
  await wizard.getByRole('button', { name: 'Download the error report' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('salon-dentaire-errors.csv');
  const report = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  expect(report.split('\r\n')[0]).toBe('Row,Column,Reason,Société,Prénom,Nom,E-mail,Téléphone,Ville,Notiz');
  expect(report.split('\r\n')[1]).toMatch(/^5,E-mail,"""pas-un-email"" is not a valid email address\."/);

  const leadsLink = wizard.getByRole('link', { name: "View the batch's leads" });
  await expect(leadsLink).toHaveAttribute('href', /#\/leads\/batch\/[0-9a-f-]{36}$/);
  const batchLeadsHref = (await leadsLink.getAttribute('href'))!;
  await wizard.getByRole('button', { name: 'Done' }).click();

  // The batch's leads on the Leads page: filtered to this import alone.
  await page.evaluate((hash) => (window.location.hash = hash), batchLeadsHref.slice(1));
  await expect(page.getByTestId('leads-total')).toHaveText('2 leads match');
  await expect(page.getByTestId('lead-row').filter({ hasText: 'Cabinet Dupont' })).toBeVisible();
  await expect(page.getByTestId('lead-row').filter({ hasText: 'Sourire Lyon' })).toBeVisible();
  await screenshot(page, 'import-5b-batch-leads');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  const row = page.getByTestId('batch-row').first();
  await expect(row).toContainText('salon-dentaire.csv');
  await expect(row).toContainText('completed');
  await row.getByRole('button', { name: 'Details' }).click();
  const leads = page.getByTestId('batch-leads');
  await expect(leads).toContainText('Cabinet Dupont');
  await expect(leads).toContainText('claire@cabinet-dupont.fr');
  await expect(leads).toContainText('Sourire Lyon');
  await expect(page.getByTestId('batch-details')).toContainText('Notiz → Notes');
  await screenshot(page, 'import-6-batches');

  // The same columns again: the saved mapping is re-applied by itself.
  const again = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'salon-2.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('main', 'drop', { dataTransfer: again });
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByTestId('preset-applied')).toBeVisible();
  await expect(wizard.getByRole('combobox', { name: 'Field for Notiz' })).toHaveValue('Notes');
  await page.keyboard.press('Escape');

  // Undo removes the batch's untouched leads.
  await row.getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Undo this import…' }).click();
  await page.getByRole('button', { name: 'Undo the import' }).click();
  await expect(page.getByText('Removed 2 leads.')).toBeVisible();
  await expect(row).toContainText('Undone');
  await screenshot(page, 'import-7-undone');
  expect(pageErrors).toEqual([]);
});
