// Prints the SQL of migration 0007_starter_content from src-main/db/starter/starter-content.ts:
//   node --import tsx scripts/starter-content-sql.ts > migrations/0007_starter_content.sql
import { starterContentSql } from '../src-main/db/starter/starter-content-sql';

process.stdout.write(starterContentSql());
