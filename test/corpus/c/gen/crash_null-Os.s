	.file	"crash_null.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	score_after.constprop.0, @function
score_after.constprop.0:
.LFB2:
	.cfi_startproc
	lwz 9,8(3)
	lwz 9,8(9)
	lwz 9,8(9)
	lwz 3,4(9)
	blr
	.cfi_endproc
.LFE2:
	.size	score_after.constprop.0,.-score_after.constprop.0
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"total"
.LC1:
	.string	" +3 -> "
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	li 10,12
	li 8,0
	li 6,50
	mtctr 10
	stmw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,36(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	mr 9,31
.L5:
	mulli 7,8,37
	addi 10,8,100
	stw 10,0(9)
	addi 9,9,12
	divw 10,7,6
	mulli 10,10,50
	subf 10,10,7
	stw 10,-8(9)
	bdnz .L3
	li 9,0
	mr 30,31
	stw 9,140(31)
	li 29,0
.L4:
	lwz 9,4(30)
	lwz 3,0(30)
	add 29,29,9
	bl print_int
	li 3,58
	bl print_char
	lwz 3,4(30)
	bl print_int
	lwz 9,8(30)
	li 3,10
	cmpwi 0,9,0
	beq- 0,.L6
	li 3,32
.L6:
	rlwinm 3,3,0,0xff
	bl print_char
	lwz 30,8(30)
	cmpwi 0,30,0
	bne+ 0,.L4
	lis 3,.LC0@ha
	mr 4,29
	la 3,.LC0@l(3)
	lis 29,.LC1@ha
	bl show_int
	li 30,12
	la 29,.LC1@l(29)
.L7:
	lwz 3,0(31)
	bl print_int
	mr 3,29
	bl print_str
	mr 3,31
	bl score_after.constprop.0
	addi 31,31,12
	bl print_int
	bl print_nl
	addic. 30,30,-1
	bne+ 0,.L7
	addi 11,1,32
	li 3,0
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
.L3:
	.cfi_restore_state
	stw 9,-4(9)
	addi 8,8,1
	b .L5
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	recs, @object
	.size	recs, 144
recs:
	.zero	144
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
