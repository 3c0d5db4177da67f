	.file	"atomics.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"counter"
.LC1:
	.string	"sum of previous values"
.LC2:
	.string	"cas ok"
.LC3:
	.string	"cas stale"
.LC4:
	.string	"cas saw"
.LC5:
	.string	"exchange"
.LC6:
	.string	"or-fetch"
.LC7:
	.string	"and-fetch"
.LC8:
	.string	"lock held each time"
.LC9:
	.string	"lock free at end"
.LC10:
	.string	"popped:"
.LC11:
	.string	"sum"
.LC12:
	.string	"data kept"
.LC13:
	.string	"time base runs forward"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	lis 10,.LANCHOR0@ha
	li 9,1
	stw 0,52(1)
	stmw 29,36(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 30,0
	la 31,.LANCHOR0@l(10)
.L3:
	sync
.L2:
	lwarx 8,0,31
	add 7,8,9
	stwcx. 7,0,31
	bne- 0,.L2
	isync
	addi 9,9,1
	add 30,30,8
	cmpwi 0,9,101
	bne+ 0,.L3
	lwz 4,.LANCHOR0@l(10)
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_int
	lis 3,.LC1@ha
	mr 4,30
	la 3,.LC1@l(3)
	bl show_int
	sync
	li 9,-1
.L4:
	lwarx 10,0,31
	cmpwi 0,10,5050
	bne- 0,.L5
	stwcx. 9,0,31
	bne- 0,.L4
.L5:
	isync
	sync
	mfcr 4
	rlwinm 4,4,3,1
	li 9,-2
.L6:
	lwarx 30,0,31
	cmpwi 0,30,5050
	bne- 0,.L7
	stwcx. 9,0,31
	bne- 0,.L6
.L7:
	isync
	lis 3,.LC2@ha
	mfcr 29
	rlwinm 29,29,3,1
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	mr 4,29
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	mr 4,30
	la 3,.LC4@l(3)
	bl show_int
	lwsync
	li 9,77
.L8:
	lwarx 4,0,31
	stwcx. 9,0,31
	bne- 0,.L8
	isync
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
.L9:
	lwarx 4,0,31
	ori 4,4,0x100
	stwcx. 4,0,31
	bne- 0,.L9
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
.L10:
	lwarx 4,0,31
	rlwinm 4,4,0,23,27
	stwcx. 4,0,31
	bne- 0,.L10
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
	sync
	li 29,10
	li 4,0
	li 8,1
.L12:
	addi 10,31,4
.L11:
	lwarx 9,0,10
	stwcx. 8,0,10
	bne- 0,.L11
	isync
	cmpwi 0,9,0
	bne+ 0,.L12
	lwz 10,4(31)
	add 4,4,10
	addic. 29,29,-1
	lwsync
	stw 9,4(31)
	bne+ 0,.L12
	lis 3,.LC8@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC8@l(3)
	la 30,.LANCHOR1@l(30)
	bl show_int
	lwz 4,4(31)
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	cntlzw 4,4
	srwi 4,4,5
	bl show_int
.L16:
	lwz 9,0(30)
	rlwinm 7,29,0,28,31
	cmpw 0,9,9
	bne- 0,$+4
	isync
	slwi 10,7,2
	add 10,31,10
.L15:
	stw 9,8(10)
	lwsync
	lwarx 8,0,30
	cmpw 0,8,9
	bne- 0,.L14
	stwcx. 7,0,30
.L14:
	mr 9,8
	bne- 0,.L15
	addi 29,29,7
	cmplwi 0,29,112
	bne+ 0,.L16
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl print_str
.L17:
	lwz 9,0(30)
	cmpw 0,9,9
	bne- 0,$+4
	isync
.L22:
	cmpwi 0,9,-1
	bne+ 0,.L18
.L24:
	bl print_nl
	li 10,256
	li 9,0
	addi 29,31,72
	mtctr 10
.L19:
	mullw 10,9,9
	slwi 8,9,2
	addi 9,9,1
	addi 10,10,-1000
	stwx 10,8,29
	bdnz .L19
	li 9,256
	addi 31,31,68
	li 30,256
	li 5,0
	li 6,0
	mtctr 9
.L25:
	addi 9,31,68
	addi 30,30,-1
	dcbt 0,9
	addi 9,31,36
	dcbtst 0,9
	lwzu 9,4(31)
	srawi 10,9,31
	addc 6,9,6
	adde 5,10,5
	bdnz .L25
	lis 3,.LC11@ha
	lis 31,.LANCHOR0@ha
	la 3,.LC11@l(3)
	bl show_i64
	li 10,33
	la 9,.LANCHOR0@l(31)
	mtctr 10
.L26:
	add 10,29,30
	addi 30,30,32
	bdnz .L27
#APP
 # 42 "atomics.c" 1
	msync
	mbar
	isync
 # 0 "" 2
#NO_APP
	addi 10,9,328
#APP
 # 92 "atomics.c" 1
	dcba 0,10
 # 0 "" 2
#NO_APP
	lwz 4,1092(9)
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	bl show_int
	mftbu 10
	mftb 11
	mftbu 9
	cmpw 0,10,9
	bne- 0,$-16
	li 9,0
.L51:
	stw 9,8(1)
	lwz 9,8(1)
	cmpwi 0,9,99
	ble+ 0,.L29
	mftbu 8
	mftb 9
	mftbu 7
	cmpw 0,8,7
	bne- 0,$-16
	li 4,1
	cmplw 0,8,10
	bgt- 0,.L30
	bne+ 0,.L31
	cmplw 0,9,11
	bgt- 0,.L30
.L31:
	li 4,0
.L30:
	lis 3,.LC13@ha
	la 3,.LC13@l(3)
	bl show_int
	lwz 3,.LANCHOR0@l(31)
	addi 11,1,48
	addi 3,3,3
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
.L18:
	.cfi_restore_state
	slwi 10,9,2
	add 10,31,10
	lwz 10,8(10)
	lwsync
.L20:
	lwarx 29,0,30
	cmpw 0,29,9
	bne- 0,.L21
	stwcx. 10,0,30
	bne- 0,.L20
.L21:
	isync
	mr 9,29
	bne- 0,.L22
	cmpwi 0,29,-1
	beq- 0,.L24
	li 3,32
	bl print_char
	mr 3,29
	bl print_uint
	b .L17
.L27:
#APP
 # 41 "atomics.c" 1
	dcbst 0,10
	dcbf 0,10
	icbi 0,10
	icbt 0,0,10
 # 0 "" 2
#NO_APP
	b .L26
.L29:
	lwz 9,8(1)
	addi 9,9,1
	b .L51
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	".data"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	top, @object
	.size	top, 4
top:
	.long	-1
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.type	lock, @object
	.size	lock, 4
lock:
	.zero	4
	.type	next_of, @object
	.size	next_of, 64
next_of:
	.zero	64
	.type	data, @object
	.size	data, 1024
data:
	.zero	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
